# syntax=docker/dockerfile:1

# ---------------------------------------------------------------------------
# Stage 1: build the shaded jar with the Maven wrapper (pinned Maven version).
# ---------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Wrapper and POM first, so the dependency download is its own cached layer and
# is only redone when pom.xml or the wrapper changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
# chmod: the executable bit can get lost in some checkouts (e.g. on Windows).
# The dependency plugin is pinned to 3.9.0: the default 3.7.0 also tries to fetch
# vertx-web's optional dependencies, some of which are not published for this
# Vert.x version, and fails. 3.9.0 works with this POM (checked against an
# empty local repository, followed by an offline "package").
RUN chmod +x mvnw \
 && ./mvnw -q -B org.apache.maven.plugins:maven-dependency-plugin:3.9.0:go-offline

COPY src src
COPY web web
RUN ./mvnw -q -B package -DskipTests

# ---------------------------------------------------------------------------
# Stage 2: runtime image, JRE only, non-root.
# ---------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# Health check tool. The Temurin images currently ship curl, but only "for
# historical reasons"; installing it here makes the HEALTHCHECK below work even
# if a future base image drops it (the install is a no-op when curl is present).
# A Java-based check is not an option: the JRE image has no compiler, so
# "java Check.java" does not run there.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

# Fixed uid/gid so volume ownership is predictable across rebuilds and hosts.
RUN groupadd --gid 10001 samskap \
 && useradd --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin samskap \
 && mkdir -p /data \
 && chown samskap:samskap /data

WORKDIR /app
COPY --from=build /build/target/samskap.jar /app/samskap.jar

# Class data sharing (AppCDS), for a faster start (docs/OPERATIONS.md, "Faster start"):
# a training run here, at build time, starts Samskap on a temporary data directory and
# a loopback port, stores one op through a websocket, stops, and at its exit the JVM
# writes every class it loaded to /app/samskap.jsa. The ENTRYPOINT maps that archive
# instead of loading and verifying those classes again. It must run in this stage: an
# archive only fits the JDK and the jar (path and modification time) it was made with.
# -Xlog:cds=off: the dump lists classes it cannot archive (JFR events, old class files);
# they are loaded as usual. Runs as root, before USER; the archive is read-only to all.
RUN java -XX:ArchiveClassesAtExit=/app/samskap.jsa -Xlog:cds=off -jar /app/samskap.jar --warm-up \
 && test -s /app/samskap.jsa

# /data holds the embedded database (samskap.mv.db) when SAMSKAP_MONGO_URI is unset.
# A new named volume copies this directory's owner (samskap) from the image.
VOLUME ["/data"]

ENV SAMSKAP_DATA_DIR=/data \
    SAMSKAP_HTTP_PORT=8080

EXPOSE 8080

# Numeric form of the samskap user: Kubernetes' runAsNonRoot can only verify a
# numeric user.
USER 10001:10001

# Shell form on purpose: the port is read from SAMSKAP_HTTP_PORT when the check
# runs, so overriding the port at "docker run" keeps the check correct.
# /health/ready answers 200 only when the database answers a ping.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${SAMSKAP_HTTP_PORT:-8080}/health/ready" || exit 1

# This replaces the base image's entrypoint (a helper that imports extra CA
# certificates when USE_SYSTEM_CA_CERTS is set and needs root); Samskap does not use it.
# -XX:SharedArchiveFile: the archive of the training run above. Should it not fit (another
# JVM, or a heap over 32 GB, which turns compressed pointers off), the JVM says so in one
# warning line and starts as without it.
ENTRYPOINT ["java","-XX:SharedArchiveFile=/app/samskap.jsa","-XX:MaxRAMPercentage=75","-jar","/app/samskap.jar"]
