package io.quotetrail.gateway.rest.error;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A runtime failure no specific mapper claims is a bug of ours: 500 with a generic message. The exception, which
 * may carry internal details, goes to the server log under a correlation id that the caller can quote.
 *
 * <p>Checked I/O failures are left to Quarkus REST on purpose: they mean the client went away or the HTTP layer
 * has already answered (413 for a chunked body over the limit), and there is nothing left to write.
 */
public class UnexpectedExceptionMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(RuntimeException exception) {
        return ErrorResponses.internalError(LOG, exception, "Unexpected failure");
    }
}
