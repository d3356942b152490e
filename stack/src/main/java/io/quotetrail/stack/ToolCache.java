package io.quotetrail.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tools the project fetches for itself (the Keycloak server, kubectl) are prepared once per version in a cache
 * directory, {@code ~/.cache/quotetrail} or {@code -Dquotetrail.cache}, safely across processes: test JVMs run
 * in parallel and must neither prepare a tool twice nor use one half-prepared.
 */
public final class ToolCache {

    private static final String READY_MARKER = ".quotetrail-ready";

    /** Fills a tool's directory; it may create the directory itself or expect it to exist. */
    @FunctionalInterface
    public interface Preparation {
        void prepare(Path directory) throws IOException, InterruptedException;
    }

    private ToolCache() {
    }

    public static Path root() {
        return Path.of(System.getProperty("quotetrail.cache", System.getProperty("user.home") + "/.cache/quotetrail"));
    }

    /**
     * The directory {@code name} of the cache, prepared unless an earlier preparation finished (its marker is
     * written last). Preparations of one name wait for each other on a lock file.
     */
    public static Path prepared(String name, Preparation preparation) {
        Path cache = root();
        Path directory = cache.resolve(name);
        Path marker = directory.resolve(READY_MARKER);
        try {
            Files.createDirectories(cache);
            try (FileChannel lockChannel = FileChannel.open(cache.resolve(name + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockChannel.lock()) {
                if (!Files.exists(marker)) {
                    preparation.prepare(directory);
                    Files.createDirectories(directory);
                    Files.writeString(marker, name + "\n");
                }
                return directory;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + name + " in " + cache, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing " + name, e);
        }
    }
}
