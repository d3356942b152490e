package io.quotetrail.deploy;

/** A Kubernetes object that its API schema rejects. */
public final class InvalidManifestException extends RuntimeException {

    public InvalidManifestException(String message) {
        super(message);
    }
}
