package io.quotetrail.gateway.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quotetrail.gateway.rest.dto.QuoteDetailView;
import io.quotetrail.gateway.rest.dto.QuoteDetailView.Appearance;
import io.quotetrail.gateway.rest.dto.QuoteGraphView;

/** What the quote page shows, worked out from the API's views so the template only prints. */
@ApplicationScoped
public class WebViews {

    /** One relay of the graph in words, for the list beside the drawing (and for readers without it). */
    public record EdgeRow(String from, String to, boolean inferred, double confidence,
                          List<QuoteGraphView.Evidence> evidence) {
        public long confidencePercent() {
            return Math.round(confidence * 100);
        }
    }

    /** The appearances of one publication date, oldest date first. */
    public record TimelineDay(String date, List<Appearance> appearances) {
    }

    public record QuotePage(QuoteDetailView quote, QuoteGraphView graph, String graphJson, List<EdgeRow> edges,
                            List<TimelineDay> timeline, String primarySourceName) {
    }

    private final ObjectMapper json;

    public WebViews(ObjectMapper json) {
        this.json = json;
    }

    public QuotePage quotePage(QuoteDetailView quote, QuoteGraphView graph) {
        Map<String, String> names = new HashMap<>();
        for (QuoteGraphView.Node node : graph.nodes()) {
            names.put(node.id(), node.name());
        }
        List<EdgeRow> edges = graph.edges().stream()
                .map(edge -> new EdgeRow(names.getOrDefault(edge.from(), edge.from()), names.getOrDefault(edge.to(), edge.to()),
                        edge.inferred(), edge.confidence(), edge.evidence()))
                .toList();
        return new QuotePage(quote, graph, graphJson(quote, graph), edges, timeline(quote.appearances()),
                graph.primarySourceId() == null ? null : names.get(graph.primarySourceId()));
    }

    static List<TimelineDay> timeline(List<Appearance> appearances) {
        Map<String, List<Appearance>> byDate = new LinkedHashMap<>();
        // Appearances come oldest first; undated ones are kept, last.
        List<Appearance> undated = new ArrayList<>();
        for (Appearance appearance : appearances) {
            if (appearance.publishedAt() == null) {
                undated.add(appearance);
            } else {
                byDate.computeIfAbsent(appearance.publishedAt(), date -> new ArrayList<>()).add(appearance);
            }
        }
        List<TimelineDay> days = new ArrayList<>();
        byDate.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> days.add(new TimelineDay(entry.getKey(), entry.getValue())));
        if (!undated.isEmpty()) {
            days.add(new TimelineDay(null, undated));
        }
        return days;
    }

    /** The graph as the drawing script reads it, with the outlet of the first appearance marked. */
    private String graphJson(QuoteDetailView quote, QuoteGraphView graph) {
        Map<String, Object> drawing = new LinkedHashMap<>();
        drawing.put("graph", graph);
        drawing.put("firstOutletId", quote.firstAppearance() == null || quote.firstAppearance().outlet() == null
                ? null : quote.firstAppearance().outlet().id());
        try {
            return json.writeValueAsString(drawing);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A quote graph could not be written as JSON", e);
        }
    }
}
