package org.convene.exchange;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.convene.analysis.TieStrength;

/**
 * Writes the export's two sheets as GraphML, streamed with StAX: people and organizations as
 * nodes (their element ID as node id) with one attribute per import column, ties, affiliations
 * and partnerships as undirected edges, each {@code Knows} tie once, with {@code probability}
 * the tie's chance of carrying an introduction.
 */
final class GraphFormats {

    /** Node attribute names, in the Elements sheet's column order (Organization travels as edges). */
    private static final Map<String, String> NODE_ATTRIBUTES = ordered(
            "Type", "type",
            "Label", "label",
            "Sector", "sector",
            "Level", "level",
            "Role", "role",
            "Coalition", "coalition",
            "Joined", "joined",
            "Left", "left",
            "Stage", "stage",
            "Stage since", "stageSince",
            "Power", "power",
            "Urgency", "urgency",
            "Optimism", "optimism",
            "Collaboration", "collaboration",
            "Openness", "openness",
            "No resources", "noResources",
            "Resources", "resources",
            "Description", "description",
            "Tags", "tags");

    private static final Map<String, String> EDGE_ATTRIBUTES = ordered(
            "Type", "type",
            "Strength", "strength",
            "Context", "context",
            "Since", "since",
            "Until", "until",
            "Source", "source",
            "Role", "role",
            "Leads", "leads");

    private static final List<String> INTEGER_ATTRIBUTES =
            List.of("strength", "power", "urgency", "optimism", "collaboration", "openness", "resources");

    private GraphFormats() {}

    /** The sheets as a GraphML document on {@code out}, which stays open. */
    static void writeGraphMl(NetworkExport.Sheets sheets, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
        for (String name : NODE_ATTRIBUTES.values()) {
            key(xml, "n_" + name, "node", name);
        }
        for (String name : EDGE_ATTRIBUTES.values()) {
            key(xml, "e_" + name, "edge", name);
        }
        key(xml, "e_probability", "edge", "probability");
        xml.writeStartElement("graph");
        xml.writeAttribute("id", "convene");
        xml.writeAttribute("edgedefault", "undirected");

        List<String> elementHeader = sheets.elements().get(0);
        Map<String, String> idByLabel = new HashMap<>();
        for (List<String> row : sheets.elements().subList(1, sheets.elements().size())) {
            String id = row.get(elementHeader.indexOf("ID"));
            idByLabel.putIfAbsent(row.get(elementHeader.indexOf("Label")), id);
            xml.writeStartElement("node");
            xml.writeAttribute("id", id);
            for (Map.Entry<String, String> attribute : NODE_ATTRIBUTES.entrySet()) {
                data(xml, "n_" + attribute.getValue(), row.get(elementHeader.indexOf(attribute.getKey())));
            }
            xml.writeEndElement();
        }
        List<String> connectionHeader = sheets.connections().get(0);
        int edge = 0;
        for (List<String> row :
                sheets.connections().subList(1, sheets.connections().size())) {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + edge++);
            xml.writeAttribute("source", idByLabel.get(row.get(connectionHeader.indexOf("From"))));
            xml.writeAttribute("target", idByLabel.get(row.get(connectionHeader.indexOf("To"))));
            for (Map.Entry<String, String> attribute : EDGE_ATTRIBUTES.entrySet()) {
                data(xml, "e_" + attribute.getValue(), row.get(connectionHeader.indexOf(attribute.getKey())));
            }
            String strength = row.get(connectionHeader.indexOf("Strength"));
            if (!strength.isEmpty()) {
                data(xml, "e_probability", Double.toString(TieStrength.probability(Integer.parseInt(strength))));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    /**
     * The sheets as a GEXF 1.2draft document on {@code out} (undirected, so networkx reads it),
     * with the same attributes as the GraphML, {@code viz:color} by sector in the map's palette
     * and {@code viz:size} by the element's number of connections.
     */
    static void writeGexf(NetworkExport.Sheets sheets, SectorPalette palette, OutputStream out)
            throws XMLStreamException {
        String gexf = "http://www.gexf.net/1.2draft";
        String viz = "http://www.gexf.net/1.2draft/viz";
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("gexf");
        xml.writeDefaultNamespace(gexf);
        xml.writeNamespace("viz", viz);
        xml.writeAttribute("version", "1.2");
        xml.writeStartElement("graph");
        xml.writeAttribute("defaultedgetype", "undirected");
        xml.writeAttribute("mode", "static");
        attributes(xml, "node", NODE_ATTRIBUTES.values());
        List<String> edgeNames = new java.util.ArrayList<>(EDGE_ATTRIBUTES.values());
        edgeNames.add("probability");
        attributes(xml, "edge", edgeNames);

        List<String> elementHeader = sheets.elements().get(0);
        List<String> connectionHeader = sheets.connections().get(0);
        List<List<String>> elements =
                sheets.elements().subList(1, sheets.elements().size());
        List<List<String>> connections =
                sheets.connections().subList(1, sheets.connections().size());
        Map<String, String> idByLabel = new HashMap<>();
        for (List<String> row : elements) {
            idByLabel.putIfAbsent(row.get(elementHeader.indexOf("Label")), row.get(elementHeader.indexOf("ID")));
        }
        Map<String, Integer> degree = new HashMap<>();
        for (List<String> row : connections) {
            degree.merge(idByLabel.get(row.get(connectionHeader.indexOf("From"))), 1, Integer::sum);
            degree.merge(idByLabel.get(row.get(connectionHeader.indexOf("To"))), 1, Integer::sum);
        }
        xml.writeStartElement("nodes");
        for (List<String> row : elements) {
            String id = row.get(elementHeader.indexOf("ID"));
            xml.writeStartElement("node");
            xml.writeAttribute("id", id);
            xml.writeAttribute("label", row.get(elementHeader.indexOf("Label")));
            xml.writeStartElement("attvalues");
            for (Map.Entry<String, String> attribute : NODE_ATTRIBUTES.entrySet()) {
                attvalue(xml, attribute.getValue(), row.get(elementHeader.indexOf(attribute.getKey())));
            }
            xml.writeEndElement();
            int[] rgb = palette.rgb(row.get(elementHeader.indexOf("Sector")));
            xml.writeEmptyElement("viz", "color", viz);
            xml.writeAttribute("r", Integer.toString(rgb[0]));
            xml.writeAttribute("g", Integer.toString(rgb[1]));
            xml.writeAttribute("b", Integer.toString(rgb[2]));
            xml.writeEmptyElement("viz", "size", viz);
            xml.writeAttribute("value", Double.toString(5.0 + degree.getOrDefault(id, 0)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement("edges");
        int edge = 0;
        for (List<String> row : connections) {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + edge++);
            xml.writeAttribute("source", idByLabel.get(row.get(connectionHeader.indexOf("From"))));
            xml.writeAttribute("target", idByLabel.get(row.get(connectionHeader.indexOf("To"))));
            xml.writeStartElement("attvalues");
            for (Map.Entry<String, String> attribute : EDGE_ATTRIBUTES.entrySet()) {
                attvalue(xml, attribute.getValue(), row.get(connectionHeader.indexOf(attribute.getKey())));
            }
            String strength = row.get(connectionHeader.indexOf("Strength"));
            if (!strength.isEmpty()) {
                attvalue(xml, "probability", Double.toString(TieStrength.probability(Integer.parseInt(strength))));
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void attributes(XMLStreamWriter xml, String domain, java.util.Collection<String> names)
            throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", domain);
        for (String name : names) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", name);
            xml.writeAttribute("title", name);
            xml.writeAttribute(
                    "type",
                    name.equals("probability") ? "double" : INTEGER_ATTRIBUTES.contains(name) ? "integer" : "string");
        }
        xml.writeEndElement();
    }

    private static void attvalue(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", name);
        xml.writeAttribute("value", value);
    }

    private static void key(XMLStreamWriter xml, String id, String domain, String name) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute(
                "attr.type",
                name.equals("probability") ? "double" : INTEGER_ATTRIBUTES.contains(name) ? "int" : "string");
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
