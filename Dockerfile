# RunWell: a Discord bot for running clubs that run for their mental health.
# Build:  docker build -t runwell .            (BuildKit: the image is for the machine building it)
#         docker buildx build --platform linux/amd64,linux/arm64 -t runwell .   (both platforms)
# Run:    docker run -d --name runwell --env-file runwell.env -v runwell-data:/data runwell
# Platforms: linux/amd64 and linux/arm64 (Raspberry Pi 4/5 on a 64-bit OS, ARM servers, Apple silicon).

# ---- build: runs on the builder's own platform and publishes for the target one (no emulation) ----
# (dockerfilelint 1.8 reads "--platform=..." as the image name and reports a missing tag: a false positive.)
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Set by BuildKit from --platform (or the building machine); amd64 when an old builder leaves it empty.
ARG TARGETARCH
WORKDIR /source
# The .NET runtime identifier for the target: SQLite, SkiaSharp and HarfBuzz ship natives for both.
RUN case "${TARGETARCH:-amd64}" in \
      amd64) echo linux-x64 ;; \
      arm64) echo linux-arm64 ;; \
      *) echo "RunWell's image supports linux/amd64 and linux/arm64, not ${TARGETARCH}" >&2; exit 1 ;; \
    esac > /tmp/rid
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/RunWell/RunWell.csproj src/RunWell/
COPY src/RunWell.Domain/RunWell.Domain.csproj src/RunWell.Domain/
COPY src/RunWell.Bot/RunWell.Bot.csproj src/RunWell.Bot/
COPY src/RunWell.Discord/RunWell.Discord.csproj src/RunWell.Discord/
COPY src/RunWell.Persistence/RunWell.Persistence.csproj src/RunWell.Persistence/
COPY src/RunWell.Scheduling/RunWell.Scheduling.csproj src/RunWell.Scheduling/
RUN dotnet restore src/RunWell/RunWell.csproj -r "$(cat /tmp/rid)"
COPY src/ src/
# One runtime identifier: the portable output would carry every platform's native libraries (220 MB vs 28 MB).
RUN dotnet publish src/RunWell/RunWell.csproj -c Release -r "$(cat /tmp/rid)" --self-contained false --no-restore -o /app

# ---- runtime: the target platform's image (multi-arch on Microsoft's registry) ----
FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
# Fonts for the text in charts (SkiaSharp finds them through fontconfig).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-dejavu-core fontconfig \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data && chown app:app /data
# The image is for Discord: without a token it stops with a clear message instead of a console chat on no input.
# GC: one heap (the workstation GC) and a 4 MB gen-0 budget. The runtime sizes gen 0 from the CPU's cache,
# up to ~16 MB on the 2-core benchmark VM and more on large server CPUs; RunWell's live heap is ~9 MB, so
# that budget is mostly garbage held in RSS between collections. At 4 MB a collection comes every ~120
# /checkins (about 1-1.5 ms each as measured by bench interactions, ~0.5 % of the time at 500/s; almost
# nothing survives) and RSS is ~10 MB lower and the same on every host. The runtime reads this knob only from the environment, not from runtimeconfig.json.
ENV ConnectionStrings__RunWell="Data Source=/data/runwell.db" \
    RunWell__Mode=Discord \
    RunWell__HealthFile=/tmp/runwell.healthy \
    DOTNET_gcServer=0 \
    DOTNET_GCgen0size=0x400000
USER app
VOLUME ["/data"]
# Healthy while the file is fresh: the bot touches it every 30 s when the database and Discord are fine.
# (No --start-period: the first check comes after one interval anyway, and dockerfilelint 1.8 misreads that flag.)
HEALTHCHECK --interval=60s --timeout=5s --retries=3 \
    CMD ["sh", "-c", "test -f /tmp/runwell.healthy && test $(( $(date +%s) - $(stat -c %Y /tmp/runwell.healthy) )) -lt 120"]
ENTRYPOINT ["dotnet", "RunWell.dll"]
