package io.quotetrail.quote.service;

import io.grpc.Status;

/**
 * A dependency refused the caller's credentials (expired token, missing role): passed on to the
 * caller with the same gRPC code.
 */
public class DependencyRejectedException extends RuntimeException {

    private final Status.Code code;

    public DependencyRejectedException(Status.Code code, String message) {
        super(message);
        this.code = code;
    }

    public Status.Code code() {
        return code;
    }
}
