package io.quotetrail.gateway.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quotetrail.gateway.rest.dto.ArticleSubmission;
import io.quotetrail.gateway.rest.dto.ArticleView;
import io.quotetrail.gateway.rest.dto.QuotePageView;
import io.quotetrail.gateway.rest.dto.SourceDetailView;
import io.quotetrail.gateway.rest.dto.SourcePageView;
import io.quotetrail.gateway.service.SourceDirectory;
import io.quotetrail.gateway.rest.dto.TraceSubmission;
import io.quotetrail.gateway.rest.dto.TraceView;
import io.quotetrail.gateway.service.ArticleService;
import io.quotetrail.gateway.service.QuoteLookup;
import io.quotetrail.gateway.web.ArticleHighlighter.Highlighted;
import io.quotetrail.gateway.web.WebForms.FieldError;
import io.quotetrail.gateway.web.WebForms.IngestForm;
import io.quotetrail.gateway.web.WebViews.QuotePage;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;

/**
 * The web app for people: server-rendered pages over the same services as the REST API. Sign-in is the
 * authorization code flow (the {@code web} OIDC tenant, configured for /app); the pages act with the signed-in
 * user's access token, so the backends check the same roles as for the API. Qute escapes everything printed.
 */
@Path("/app")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class WebApp {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Viewer viewer, String text, String speaker, QuotePageView page);

        static native TemplateInstance ingest(Viewer viewer, IngestForm form, List<FieldError> errors);

        static native TemplateInstance article(Viewer viewer, ArticleView article, Highlighted highlighted,
                                               boolean created);

        static native TemplateInstance quote(Viewer viewer, QuotePage page);

        static native TemplateInstance trace(Viewer viewer, String text, List<FieldError> errors, TraceView result);

        static native TemplateInstance sources(Viewer viewer, String query, SourcePageView page);

        static native TemplateInstance source(Viewer viewer, SourceDetailView source, String mergeQuery,
                                              SourcePageView candidates, String notice);

        static native TemplateInstance error(Viewer viewer, int status, String title, String message);
    }

    /** Who is signed in, as the layout shows it. */
    public record Viewer(String name, boolean editor) {
        static Viewer of(SecurityIdentity identity) {
            return identity == null || identity.isAnonymous() ? null
                    : new Viewer(identity.getPrincipal().getName(), identity.hasRole("editor"));
        }
    }

    private final ArticleService articles;
    private final QuoteLookup quotes;
    private final SourceDirectory sources;
    private final WebForms forms;
    private final WebViews views;
    private final SecurityIdentity identity;

    public WebApp(ArticleService articles, QuoteLookup quotes, SourceDirectory sources, WebForms forms,
                  WebViews views, SecurityIdentity identity) {
        this.articles = articles;
        this.quotes = quotes;
        this.sources = sources;
        this.forms = forms;
        this.views = views;
        this.identity = identity;
    }

    @GET
    public Uni<TemplateInstance> home(@QueryParam("text") String text, @QueryParam("speaker") String speaker,
                                      @QueryParam("pageToken") String pageToken) {
        return quotes.search(blankToNull(text), blankToNull(speaker), null, null, null, 20, blankToNull(pageToken))
                .map(page -> Templates.home(viewer(), text, speaker, page));
    }

    @GET
    @Path("/ingest")
    @RolesAllowed("editor")
    public TemplateInstance ingestForm() {
        return Templates.ingest(viewer(), IngestForm.EMPTY, List.of());
    }

    @POST
    @Path("/ingest")
    @RolesAllowed("editor")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Response> ingest(@RestForm String text, @RestForm("file") FileUpload file, @RestForm String title,
                                @RestForm String outlet, @RestForm String url, @RestForm String publishedAt) {
        IngestForm form = new IngestForm(text, title, outlet, url, publishedAt);
        WebForms.Checked<ArticleSubmission> checked = forms.submission(form, file);
        if (!checked.errors().isEmpty()) {
            return Uni.createFrom().item(Response.status(400)
                    .entity(Templates.ingest(viewer(), form, checked.errors())).build());
        }
        return articles.ingest(checked.value()).map(outcome -> Response
                .seeOther(URI.create("/app/articles/" + outcome.article().id() + (outcome.created() ? "?created=true" : "")))
                .build());
    }

    @GET
    @Path("/articles/{id}")
    public Uni<TemplateInstance> article(@PathParam("id") String id, @QueryParam("created") boolean created) {
        return articles.find(id, true).map(article -> Templates.article(viewer(), article,
                ArticleHighlighter.highlight(article.text() == null ? "" : article.text(), article.quotes()),
                created));
    }

    @GET
    @Path("/quotes/{id}")
    public Uni<TemplateInstance> quote(@PathParam("id") String id) {
        // The quote and its graph are independent reads: both at once.
        return Uni.combine().all().unis(quotes.find(id), quotes.graph(id)).asTuple()
                .map(both -> Templates.quote(viewer(), views.quotePage(both.getItem1(), both.getItem2())));
    }

    @GET
    @Path("/trace")
    public TemplateInstance traceForm() {
        return Templates.trace(viewer(), "", List.of(), null);
    }

    @POST
    @Path("/trace")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> trace(@RestForm String text) {
        WebForms.Checked<TraceSubmission> checked = forms.trace(text);
        if (!checked.errors().isEmpty()) {
            return Uni.createFrom().item(Response.status(400)
                    .entity(Templates.trace(viewer(), text, checked.errors(), null)).build());
        }
        return quotes.trace(checked.value())
                .map(result -> Response.ok(Templates.trace(viewer(), text, List.of(), result)).build());
    }

    @GET
    @Path("/sources")
    public Uni<TemplateInstance> sources(@QueryParam("query") String query, @QueryParam("pageToken") String pageToken) {
        return sources.list(blankToNull(query), null, 50, blankToNull(pageToken))
                .map(page -> Templates.sources(viewer(), query, page));
    }

    @GET
    @Path("/sources/{id}")
    public Uni<TemplateInstance> source(@PathParam("id") String id, @QueryParam("mergeQuery") String mergeQuery,
                                        @QueryParam("done") String done) {
        Uni<SourcePageView> candidates = blankToNull(mergeQuery) == null || !viewer().editor()
                ? Uni.createFrom().nullItem()
                : sources.list(mergeQuery.strip(), null, 20, null);
        return sources.find(id).chain(source -> candidates.map(found ->
                Templates.source(viewer(), source, mergeQuery, found, noticeFor(done))));
    }

    @POST
    @Path("/sources/{id}/aliases")
    @RolesAllowed("editor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> addAliases(@PathParam("id") String id, @RestForm String aliases) {
        List<String> names = aliases == null ? List.of() : aliases.lines().flatMap(line -> Arrays.stream(line.split(",")))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
        if (names.isEmpty()) {
            return Uni.createFrom().item(Response.status(400).entity(Templates.error(viewer(), 400, "Bad Request",
                    "aliases: give at least one name (one per line or separated by commas)")).build());
        }
        return sources.addAliases(id, names)
                .map(source -> Response.seeOther(URI.create("/app/sources/" + source.id() + "?done=aliases")).build());
    }

    @POST
    @Path("/sources/{id}/merge")
    @RolesAllowed("editor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> merge(@PathParam("id") String id, @RestForm String intoId) {
        if (blankToNull(intoId) == null) {
            return Uni.createFrom().item(Response.status(400).entity(Templates.error(viewer(), 400, "Bad Request",
                    "intoId: choose the source to merge into")).build());
        }
        return sources.merge(id, intoId.strip())
                .map(survivor -> Response.seeOther(URI.create("/app/sources/" + survivor.id() + "?done=merged")).build());
    }

    private static String noticeFor(String done) {
        if ("merged".equals(done)) {
            return "Merged: the other source's names now lead here, and its quotes and graphs show this source.";
        }
        return "aliases".equals(done) ? "Names added." : null;
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
