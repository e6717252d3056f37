# RunWell: a Discord bot for running clubs that run for their mental health.
# Build:  docker build -t runwell .
# Run:    docker run -d --name runwell -e Discord__Token=... -v runwell-data:/data runwell

# ---- build: restore with only the project files first, so the restore layer is cached ----
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/RunWell/RunWell.csproj src/RunWell/
COPY src/RunWell.Domain/RunWell.Domain.csproj src/RunWell.Domain/
COPY src/RunWell.Bot/RunWell.Bot.csproj src/RunWell.Bot/
COPY src/RunWell.Discord/RunWell.Discord.csproj src/RunWell.Discord/
COPY src/RunWell.Persistence/RunWell.Persistence.csproj src/RunWell.Persistence/
COPY src/RunWell.Scheduling/RunWell.Scheduling.csproj src/RunWell.Scheduling/
RUN dotnet restore src/RunWell/RunWell.csproj -r linux-x64
COPY src/ src/
# linux-x64 only: the portable output would carry every platform's native libraries (220 MB vs 28 MB).
RUN dotnet publish src/RunWell/RunWell.csproj -c Release -r linux-x64 --self-contained false --no-restore -o /app

# ---- runtime ----
FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
# Fonts for the text in charts (SkiaSharp finds them through fontconfig).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-dejavu-core fontconfig \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data && chown app:app /data
# The image is for Discord: without a token it stops with a clear message instead of a console chat on no input.
ENV ConnectionStrings__RunWell="Data Source=/data/runwell.db" \
    RunWell__Mode=Discord \
    RunWell__HealthFile=/tmp/runwell.healthy \
    DOTNET_gcServer=0
USER app
VOLUME ["/data"]
# Healthy while the file is fresh: the bot touches it every 30 s when the database and Discord are fine.
# (No --start-period: the first check comes after one interval anyway, and dockerfilelint 1.8 misreads that flag.)
HEALTHCHECK --interval=60s --timeout=5s --retries=3 \
    CMD ["sh", "-c", "test -f /tmp/runwell.healthy && test $(( $(date +%s) - $(stat -c %Y /tmp/runwell.healthy) )) -lt 120"]
ENTRYPOINT ["dotnet", "RunWell.dll"]
