#!/usr/bin/env bash
# Builds the three services' images with Quarkus' Jib, with no Docker and no registry but Maven Central and Debian:
#   1. a base image (Debian bookworm minbase + a Java runtime jlinked from the build JDK, user 185) as a
#      docker-archive tarball, made once per JDK into ~/.cache/quotetrail (or $QUOTETRAIL_CACHE);
#   2. a throwaway registry (Debian's docker-registry) on a free loopback port, its storage under target/images;
#   3. mvn package -Pimages with that base tarball, pushing to that registry;
#   4. each image written out of the registry as target/images/<name>.tar (docker-archive and OCI layout in one
#      file: `docker load`, `kind load image-archive`, `minikube image load`, `ctr images import` read it).
# Called by `./quotetrail images` with JAVA_HOME set; extra arguments go to Maven. Needs root (or sudo) for apt
# and debootstrap.
set -euo pipefail
cd "$(dirname "$0")/../.."
PROJECT=$(pwd)
OUT=$PROJECT/target/images
CACHE=${QUOTETRAIL_CACHE:-$HOME/.cache/quotetrail}
IMAGES=(gateway quote-service source-service)
VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)

# --- Debian tools: debootstrap (the base image's filesystem), docker-registry (where Jib pushes) ---
packages=()
command -v debootstrap >/dev/null 2>&1 || [ -x /usr/sbin/debootstrap ] || packages+=(debootstrap)
[ -x /usr/bin/docker-registry ] || packages+=(docker-registry)
command -v curl >/dev/null 2>&1 || packages+=(curl)
if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing ${packages[*]} (Debian packages the image build needs)…" >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${packages[@]}" >/dev/null
fi

# --- 1. the base image, once per JDK (the lock and ready marker follow stack's ToolCache) ---
# The name changes with the JDK and with BASE_REVISION, to be raised whenever build_base_image changes.
BASE_REVISION=2
jdk_version=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')
base_name="base-image-$BASE_REVISION-bookworm-jdk-$jdk_version"
base_dir=$CACHE/$base_name
base_tar=$base_dir/base.tar
mkdir -p "$CACHE"
build_base_image() {
  local work=$base_dir/work rootfs=$base_dir/work/rootfs
  rm -rf "$base_dir"; mkdir -p "$work"
  echo "Building the base image (Debian bookworm minbase, Java $jdk_version) into $base_dir…" >&2
  "${sudo[@]}" debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
  # The runtime: every module of the build JDK but the tools that make runtimes (a JDK without jmods cannot
  # link jdk.jlink) and incubators. The services' dependencies are not module-aware, so a trimmed list would be
  # a guess that fails at run time.
  local modules
  modules=$("$JAVA_HOME/bin/java" --list-modules | sed 's/@.*//' | grep -vE '^jdk\.(jlink|jpackage|incubator\..*)$' | paste -sd,)
  "$JAVA_HOME/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress zip-6 \
    --output "$work/java"
  "${sudo[@]}" mv "$work/java" "$rootfs/opt/java"
  # User 185 (group 0) runs the services: the manifests' runAsUser, as on Red Hat's OpenJDK images; its home
  # is where Quarkus' Jib puts the application (quarkus.jib.working-directory).
  echo 'jboss:x:185:0:QuoteTrail services:/home/jboss:/usr/sbin/nologin' | "${sudo[@]}" tee -a "$rootfs/etc/passwd" >/dev/null
  "${sudo[@]}" install -d -o 185 -g 0 -m 0775 "$rootfs/home/jboss"
  # Nothing a container needs at run time: package caches, docs, device nodes (the runtime mounts /dev).
  "${sudo[@]}" rm -rf "$rootfs"/var/cache/apt/* "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* \
    "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/usr/share/locale/* "$rootfs"/var/log/* "$rootfs"/dev/*

  # docker-archive (the `docker save` format Jib reads with tar://): one layer, its config, manifest.json.
  local archive=$work/archive
  mkdir -p "$archive"
  "${sudo[@]}" tar --numeric-owner --sort=name --mtime=@0 -C "$rootfs" -cf "$archive/layer.tar" .
  local layer_digest config config_digest
  layer_digest=$(sha256sum "$archive/layer.tar" | cut -d' ' -f1)
  config=$(printf '{"architecture":"amd64","os":"linux","config":{"User":"185","WorkingDir":"/home/jboss",%s},%s,%s}' \
    '"Env":["PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"]' \
    "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:$layer_digest\"]}" \
    "\"history\":[{\"created_by\":\"debootstrap --variant=minbase bookworm; jlink (Java $jdk_version) to /opt/java; user 185\"}]")
  printf '%s' "$config" >"$archive/config.json"
  config_digest=$(sha256sum "$archive/config.json" | cut -d' ' -f1)
  mv "$archive/config.json" "$archive/$config_digest.json"
  printf '[{"Config":"%s.json","RepoTags":["quotetrail/base:%s"],"Layers":["layer.tar"]}]' \
    "$config_digest" "bookworm-jdk-${jdk_version//+/_}" >"$archive/manifest.json"
  tar -C "$archive" -cf "$base_dir/base.tar.partial" manifest.json "$config_digest.json" layer.tar
  mv "$base_dir/base.tar.partial" "$base_tar"
  "${sudo[@]}" rm -rf "$work"
  echo "$base_name" >"$base_dir/.quotetrail-ready"
}
(
  flock 9
  [ -f "$base_dir/.quotetrail-ready" ] || build_base_image
) 9>"$CACHE/$base_name.lock"

# --- 2. a registry on a free loopback port, for this build only ---
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=5000
while port_in_use "$port"; do port=$((port + 1)); done
rm -rf "$OUT"; mkdir -p "$OUT/registry"
cat >"$OUT/registry.yml" <<EOF
version: 0.1
log: {level: warn}
storage:
  filesystem: {rootdirectory: $OUT/registry}
http: {addr: "127.0.0.1:$port"}
EOF
/usr/bin/docker-registry serve "$OUT/registry.yml" >"$OUT/registry.log" 2>&1 &
registry_pid=$!
stop_registry() { kill -TERM "$registry_pid" 2>/dev/null || true; wait "$registry_pid" 2>/dev/null || true; }
trap stop_registry EXIT
registry=127.0.0.1:$port
for _ in $(seq 1 50); do curl -sf "http://$registry/v2/" >/dev/null && break; sleep 0.2; done
curl -sf "http://$registry/v2/" >/dev/null || { cat "$OUT/registry.log" >&2; echo "registry did not start" >&2; exit 1; }

# --- 3. Quarkus builds and pushes the images ---
mvn -B -ntp package -Pimages -DskipTests -pl "$(IFS=,; echo "${IMAGES[*]}")" -am \
  -Dquarkus.jib.base-jvm-image="tar://$base_tar" \
  -Dquarkus.container-image.registry="$registry" -Dquarkus.container-image.push=true \
  -Dquarkus.container-image.insecure=true "$@"

# --- 4. each image out of the registry as a tarball: docker-archive (manifest.json) and OCI layout (index.json) ---
digests() { grep -o '"digest" *: *"sha256:[0-9a-f]\{64\}"' | grep -o '[0-9a-f]\{64\}'; }
accept='application/vnd.docker.distribution.manifest.v2+json,application/vnd.oci.image.manifest.v1+json'
for image in "${IMAGES[@]}"; do
  ref=quotetrail/$image
  dir=$OUT/$image
  mkdir -p "$dir/blobs/sha256"
  curl -sf -H "Accept: $accept" -D "$dir/headers" "http://$registry/v2/$ref/manifests/$VERSION" -o "$dir/manifest"
  media_type=$(sed -n 's/^Content-Type: *\([^;[:space:]]*\).*/\1/Ip' "$dir/headers")
  manifest_digest=$(sha256sum "$dir/manifest" | cut -d' ' -f1)
  mv "$dir/manifest" "$dir/blobs/sha256/$manifest_digest"
  mapfile -t blobs < <(digests <"$dir/blobs/sha256/$manifest_digest")   # the config first, then the layers
  for blob in "${blobs[@]}"; do
    curl -sf "http://$registry/v2/$ref/blobs/sha256:$blob" -o "$dir/blobs/sha256/$blob"
    echo "$blob  $dir/blobs/sha256/$blob" | sha256sum -c --quiet -
  done
  layers=$(printf '"blobs/sha256/%s",' "${blobs[@]:1}")
  printf '[{"Config":"blobs/sha256/%s","RepoTags":["%s:%s"],"Layers":[%s]}]' \
    "${blobs[0]}" "$ref" "$VERSION" "${layers%,}" >"$dir/manifest.json"
  printf '{"imageLayoutVersion":"1.0.0"}' >"$dir/oci-layout"
  printf '{"schemaVersion":2,"manifests":[{"mediaType":"%s","digest":"sha256:%s","size":%s,"annotations":{%s}}]}' \
    "$media_type" "$manifest_digest" "$(stat -c %s "$dir/blobs/sha256/$manifest_digest")" \
    "\"io.containerd.image.name\":\"docker.io/$ref:$VERSION\",\"org.opencontainers.image.ref.name\":\"$VERSION\"" \
    >"$dir/index.json"
  tar -C "$dir" -cf "$OUT/$image.tar" manifest.json index.json oci-layout blobs
  rm -rf "$dir"
  echo "$ref:$VERSION  $OUT/$image.tar  $(du -h "$OUT/$image.tar" | cut -f1)"
done
