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
