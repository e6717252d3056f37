namespace RunWell.Persistence;

/// <summary>
/// Refills the dropped Members.LastActivityAtUtc when the DerivedLastActivity migration is reverted:
/// the latest check-in, run and buddy answer, each raising the value only when later, as the writers
/// did. Plain SQL both providers run alike (UPDATE … FROM: SQLite 3.33+, PostgreSQL).
/// </summary>
internal static class LastActivityRefill
{
    public static readonly string[] Statements =
    [
        Raise("CheckIns", "AtUtc"),
        Raise("Runs", "AtUtc"),
        Raise("BuddyAnswers", "AnsweredAtUtc"),
    ];

    private static string Raise(string table, string column) => $"""
        UPDATE "Members" SET "LastActivityAtUtc" = s."Latest"
        FROM (SELECT "GuildId", "UserId", MAX("{column}") AS "Latest" FROM "{table}" GROUP BY "GuildId", "UserId") AS s
        WHERE s."GuildId" = "Members"."GuildId" AND s."UserId" = "Members"."UserId"
            AND ("Members"."LastActivityAtUtc" IS NULL OR s."Latest" > "Members"."LastActivityAtUtc");
        """;
}
