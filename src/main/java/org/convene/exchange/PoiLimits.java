package org.convene.exchange;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * The limits Apache POI applies to every workbook this application opens, set once for the JVM
 * (POI keeps them in static fields): an uploaded file must not make the server inflate or
 * allocate far more than a real workbook needs.
 */
final class PoiLimits {

    /**
     * A zip entry that inflates more than 100-fold is taken for a zip bomb (POI's own default,
     * restated so that no other code's setting weakens it unnoticed). Real sheets compress 5- to
     * 30-fold.
     */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** The largest part a workbook may expand to: a 100,000-row sheet's XML is about 20 MB. */
    static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;

    /** Workbooks have a few dozen parts; POI's default. */
    static final long MAX_FILE_COUNT = 1000;

    /** No single array POI allocates may be larger than an upload (50 MB) and some room. */
    static final int MAX_BYTE_ARRAY = 64 * 1024 * 1024;

    private PoiLimits() {}

    static synchronized void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
        IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
    }
}
