namespace RunWell.Domain.Ports;

/// <summary>Commits what the stores of one scope added or changed, atomically.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken ct);
}
