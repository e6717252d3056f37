namespace RunWell.Domain.Entries;

/// <summary>Either a run or a check-in, for lists that show both.</summary>
public sealed record Entry(RunLog? Run, CheckIn? CheckIn)
{
    public DateTime AtUtc => Run?.AtUtc ?? CheckIn!.AtUtc;

    public DateTime CreatedAtUtc => Run?.CreatedAtUtc ?? CheckIn!.CreatedAtUtc;

    public static Entry Of(RunLog run) => new(run, null);

    public static Entry Of(CheckIn checkIn) => new(null, checkIn);
}
