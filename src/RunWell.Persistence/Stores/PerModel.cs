using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RunWell.Persistence.Stores;

/// <summary>
/// A compiled query for each model it meets. EF binds a compiled query to the first model it runs
/// against and refuses any other, and each provider's context has its own model: a process with
/// contexts of both providers (the persistence tests run SQLite and PostgreSQL side by side) needs
/// one compilation each. Production uses one provider, so this is one dictionary lookup per query.
/// </summary>
internal sealed class PerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConcurrentDictionary<IModel, TQuery> _compiled = new();

    public TQuery For(DbContext db) => _compiled.GetOrAdd(db.Model, static (_, compile) => compile(), compile);
}
