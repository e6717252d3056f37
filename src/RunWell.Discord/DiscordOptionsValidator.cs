using Microsoft.Extensions.Options;

namespace RunWell.Discord;

/// <summary>Fails the host at start with one line naming the bad key.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var errors = new List<string>();
        if (options.ApiBaseUrl is not { IsAbsoluteUri: true } api || (api.Scheme != Uri.UriSchemeHttp && api.Scheme != Uri.UriSchemeHttps))
            errors.Add("Discord:ApiBaseUrl must be an absolute http(s) URL");
        if (options.UserAgentUrl is not { IsAbsoluteUri: true })
            errors.Add("Discord:UserAgentUrl must be an absolute URL");
        if (options.Intents < 0)
            errors.Add("Discord:Intents must be a non-negative bitfield");
        if (options.MaxConcurrentInteractions is < 1 or > 256)
            errors.Add("Discord:MaxConcurrentInteractions must be between 1 and 256");
        if (options.InteractionQueueCapacity is < 1 or > 10_000)
            errors.Add("Discord:InteractionQueueCapacity must be between 1 and 10000");
        if (options.DevGuildId == 0)
            errors.Add("Discord:DevGuildId must be a guild id (snowflake) or left out");
        if (options.ShardId.HasValue != options.ShardCount.HasValue)
            errors.Add("Discord:ShardId and Discord:ShardCount must be set together, or neither");
        else if (options.ShardCount is { } count && (count < 1 || options.ShardId < 0 || options.ShardId >= count))
            errors.Add("Discord:ShardId must be between 0 and Discord:ShardCount - 1, and Discord:ShardCount at least 1");
        // Tokens never contain whitespace; a pasted newline would otherwise show up as a baffling 401.
        if (options.Token is { Length: > 0 } token && token.Any(char.IsWhiteSpace))
            errors.Add("Discord:Token must not contain whitespace");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
