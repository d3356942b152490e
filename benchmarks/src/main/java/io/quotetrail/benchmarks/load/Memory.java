package io.quotetrail.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Resident memory of QuoteTrail's processes on this machine, read from /proc: each service is the
 * JVM running its module's Quarkus jar; PostgreSQL is the sum of its processes.
 */
record Memory(long gateway, long quoteService, long sourceService, long postgres) {

    static Memory now() {
        long gateway = 0;
        long quote = 0;
        long source = 0;
        long postgres = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                String command = commandLine(process);
                long rss = residentBytes(process);
                if (command.contains("gateway/target/quarkus-app")) {
                    gateway += rss;
                } else if (command.contains("quote-service/target/quarkus-app")) {
                    quote += rss;
                } else if (command.contains("source-service/target/quarkus-app")) {
                    source += rss;
                } else if (name(process).equals("postgres")) {
                    postgres += rss;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return new Memory(gateway, quote, source, postgres);
    }

    String describe() {
        return String.format(Locale.ROOT, "gateway %s, quote-service %s, source-service %s, PostgreSQL %s",
                mib(gateway), mib(quoteService), mib(sourceService), mib(postgres));
    }

    static String mib(long bytes) {
        return bytes == 0 ? "n/a" : String.format(Locale.ROOT, "%d MiB", bytes / (1024 * 1024));
    }

    private static String commandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return ""; // the process ended meanwhile
        }
    }

    private static String name(Path process) {
        try {
            return Files.readString(process.resolve("comm")).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static long residentBytes(Path process) {
        try {
            for (String line : Files.readAllLines(process.resolve("status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
