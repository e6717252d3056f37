using RunWell.Hosting;

// Everything is wired in RunWellHost so the tests build exactly the same host.
return await RunWellHost.RunAsync(args);
