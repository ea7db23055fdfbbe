package org.convene.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map's sector colours for the GEXF export, read from the palette's one home,
 * {@code static/js/sector-colours.json}, which the map's {@code sectors.js} fetches too. A sector
 * the community added gets the colour {@code sectors.js} derives from its key.
 */
@Component
class SectorPalette {

    static final String RESOURCE = "static/js/sector-colours.json";
    private static final int[] NO_SECTOR = {0xb8, 0xc2, 0xcc};

    private final Map<String, int[]> colours = new LinkedHashMap<>();

    SectorPalette() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            Map<?, ?> hex = JsonMapper.builder().build().readValue(in, Map.class);
            hex.forEach((key, value) -> colours.put(String.valueOf(key), parse(String.valueOf(value))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sector palette " + RESOURCE, e);
        }
    }

    /** The sector's colour as red, green and blue 0–255. */
    int[] rgb(String sector) {
        if (sector == null || sector.isEmpty()) {
            return NO_SECTOR.clone();
        }
        int[] known = colours.get(sector);
        if (known != null) {
            return known.clone();
        }
        // sectors.js: hash = (hash * 31 + code) | 0 over the key, hue = |hash| % 360, hsl(hue 55% 50%)
        int hash = 0;
        for (int i = 0; i < sector.length(); i = sector.offsetByCodePoints(i, 1)) {
            hash = hash * 31 + sector.charAt(i);
        }
        return hsl(Math.abs((long) hash) % 360, 0.55, 0.50);
    }

    private static int[] parse(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }

    private static int[] hsl(double hue, double saturation, double lightness) {
        double chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
        double x = chroma * (1 - Math.abs((hue / 60) % 2 - 1));
        double m = lightness - chroma / 2;
        double[] rgb = hue < 60
                ? new double[] {chroma, x, 0}
                : hue < 120
                        ? new double[] {x, chroma, 0}
                        : hue < 180
                                ? new double[] {0, chroma, x}
                                : hue < 240
                                        ? new double[] {0, x, chroma}
                                        : hue < 300 ? new double[] {x, 0, chroma} : new double[] {chroma, 0, x};
        return new int[] {
            (int) Math.round((rgb[0] + m) * 255),
            (int) Math.round((rgb[1] + m) * 255),
            (int) Math.round((rgb[2] + m) * 255)
        };
    }
}
