package io.quotetrail.quote.service;

/** A service this one depends on could not be reached in time; the caller may retry. */
public class DependencyUnavailableException extends RuntimeException {

    public DependencyUnavailableException(String dependency, Throwable cause) {
        super(dependency + " is unavailable", cause);
    }
}
