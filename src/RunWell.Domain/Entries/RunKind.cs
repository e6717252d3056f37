namespace RunWell.Domain.Entries;

/// <summary>Jog-walk is running: the product says so, and so does the kind list.</summary>
public enum RunKind
{
    Run = 0,
    JogWalk = 1,
    Walk = 2,
    Other = 3,
}

/// <summary>What the member felt helped most.</summary>
public enum HelpedBy
{
    Pace = 0,
    Route = 1,
    TimeOfDay = 2,
    Company = 3,
    Other = 4,
}
