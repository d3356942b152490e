package io.quotetrail.gateway.rest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the gateway at two broken backends, so that the fast tests need no running service yet exercise the
 * real failure paths: quote-service at a socket that accepts connections and never answers (a hung backend:
 * only the deadline ends the call), source-service at a port nobody listens on (connection refused).
 * The deadlines are shortened so that the tests stay fast.
 */
public class UnresponsiveBackends implements QuarkusTestResourceLifecycleManager {

    public static final long TEST_DEADLINE_MILLIS = 1000;

    private ServerSocket silentServer;
    private final List<Socket> heldConnections = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            silentServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::acceptAndHold, "silent-grpc-backend");
            acceptor.setDaemon(true);
            acceptor.start();
            int refusingPort;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                refusingPort = probe.getLocalPort();
            }
            // In test mode quarkus-grpc dials quarkus.grpc.clients.<name>.test-port, not .port.
            return Map.of(
                    "quarkus.grpc.clients.quote.host", "127.0.0.1",
                    "quarkus.grpc.clients.quote.test-port", Integer.toString(silentServer.getLocalPort()),
                    "quarkus.grpc.clients.source.host", "127.0.0.1",
                    "quarkus.grpc.clients.source.test-port", Integer.toString(refusingPort),
                    "quotetrail.gateway.deadline.ingest", TEST_DEADLINE_MILLIS + "ms",
                    "quotetrail.gateway.deadline.read", TEST_DEADLINE_MILLIS + "ms",
                    "quotetrail.gateway.deadline.health", "500ms");
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a loopback socket", e);
        }
    }

    private void acceptAndHold() {
        while (!silentServer.isClosed()) {
            try {
                heldConnections.add(silentServer.accept());
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void stop() {
        try {
            silentServer.close();
            for (Socket socket : heldConnections) {
                socket.close();
            }
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
