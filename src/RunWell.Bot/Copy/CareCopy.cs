using RunWell.Domain.Messaging;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Copy;

/// <summary>The words RunWell uses about privacy and care. Kept together so they stay consistent.</summary>
public static class CareCopy
{
    public static RichText PrivacyNotice => Rich("Care_PrivacyNotice");

    /// <summary>Said by /help and the signpost whatever support text a server sets.</summary>
    public static string ProfessionalCare => Get("Care_ProfessionalCare");

    public static RichText Signpost => Rich("Care_Signpost");

    public static RichText Spirit => Rich("Care_Spirit");
}
