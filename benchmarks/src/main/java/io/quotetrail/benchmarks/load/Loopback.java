package io.quotetrail.benchmarks.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** Load is only ever aimed at this machine. */
final class Loopback {

    private Loopback() {
    }

    static void require(URI uri) {
        try {
            if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("the load benchmark only targets loopback addresses, not " + uri);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + uri, e);
        }
    }
}
