package org.convene.map;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The network as the map draws it; the whole of it only while it is small enough to draw. */
@RestController
class MapController {

    private final NetworkMap map;

    MapController(NetworkMap map) {
        this.map = map;
    }

    /**
     * {@code focus}: a person's id or label, to get their neighbourhood within {@code hops} (1 or 2)
     * ties; {@code limit}: the most people a part of the network holds; {@code include}: people's
     * ids to add to a part (a highlighted path).
     */
    @GetMapping("/api/map")
    MapView map(
            @RequestParam(required = false) String focus,
            @RequestParam(defaultValue = "1") int hops,
            @RequestParam(defaultValue = "" + NetworkMap.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) List<String> include) {
        return map.read(focus, hops, limit, include);
    }
}
