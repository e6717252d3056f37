namespace RunWell.Bench;

/// <summary>One figure-producing scenario. Prints its figures; never asserts (targets are read by people).</summary>
internal interface IBenchmark
{
    /// <summary>The name used on the command line, e.g. "review".</summary>
    string Name { get; }

    string Description { get; }

    Task RunAsync(TextWriter output, CancellationToken ct);
}
