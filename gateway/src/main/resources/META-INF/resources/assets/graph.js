// Draws each quote's provenance graph with Cytoscape.js (served from the jar's webjar) in a layered layout:
// the speaker and primary source on top, intermediaries below, outlets at the bottom.
// The data comes from the element's data-graph attribute (JSON, HTML-escaped by the page), never from inline script.
(function () {
  'use strict';

  function draw(container) {
    var data = JSON.parse(container.dataset.graph);
    var graph = data.graph;
    var roots = graph.nodes.filter(function (n) { return n.speaker; }).map(function (n) { return n.id; });
    if (roots.length === 0 && graph.primarySourceId) {
      roots = [graph.primarySourceId];
    }
    var elements = graph.nodes.map(function (n) {
      var classes = [];
      if (n.speaker) { classes.push('speaker'); }
      if (n.id === graph.primarySourceId) { classes.push('primary'); }
      if (n.outlet) { classes.push('outlet'); }
      if (n.id === data.firstOutletId) { classes.push('first'); }
      return { data: { id: n.id, label: n.name }, classes: classes.join(' ') };
    }).concat(graph.edges.map(function (e, i) {
      return { data: { id: 'edge-' + i, source: e.from, target: e.to }, classes: e.inferred ? 'inferred' : '' };
    }));
    var cy = cytoscape({
      container: container,
      elements: elements,
      autoungrabify: true,
      wheelSensitivity: 0.2,
      style: [
        { selector: 'node', style: {
          'label': 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 140, 'font-size': 12,
          'text-valign': 'bottom', 'text-margin-y': 4, 'background-color': '#6b7a8f', 'width': 22, 'height': 22 } },
        { selector: 'node.speaker', style: { 'background-color': '#1f5fa8', 'shape': 'round-rectangle', 'width': 30 } },
        { selector: 'node.primary', style: { 'border-width': 4, 'border-color': '#b35900' } },
        { selector: 'node.first', style: { 'background-color': '#2e7d32', 'shape': 'star', 'width': 30, 'height': 30 } },
        { selector: 'edge', style: {
          'width': 2, 'line-color': '#555', 'target-arrow-color': '#555', 'target-arrow-shape': 'triangle',
          'curve-style': 'bezier' } },
        { selector: 'edge.inferred', style: { 'line-style': 'dashed', 'line-color': '#999', 'target-arrow-color': '#999' } }
      ],
      layout: { name: 'breadthfirst', directed: true, roots: roots.length ? roots : undefined, spacingFactor: 1.15,
                padding: 20, avoidOverlap: true }
    });
    container.dataset.drawnNodes = String(cy.nodes().length);
    container.dataset.drawnEdges = String(cy.edges().length);
    window.addEventListener('resize', function () { cy.resize(); cy.fit(undefined, 20); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-graph]').forEach(draw);
  });
}());
