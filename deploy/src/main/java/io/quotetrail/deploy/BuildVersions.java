package io.quotetrail.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions the build pins in the root pom (filtered into deploy.properties), so that there is one place for them. */
public final class BuildVersions {

    private static final Properties VERSIONS = load();

    private BuildVersions() {
    }

    /** The value of a root pom property listed in deploy.properties. */
    public static String get(String property) {
        String value = VERSIONS.getProperty(property);
        if (value == null || value.contains("${")) {
            throw new IllegalStateException("deploy.properties has no value for " + property);
        }
        return value;
    }

    private static Properties load() {
        try (InputStream in = BuildVersions.class.getResourceAsStream("deploy.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
