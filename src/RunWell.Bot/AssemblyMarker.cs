namespace RunWell.Bot;

/// <summary>Marks the assembly for tooling and tests.</summary>
public static class AssemblyMarker
{
}
