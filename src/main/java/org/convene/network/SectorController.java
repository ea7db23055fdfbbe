package org.convene.network;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sectors")
class SectorController {

    private final Sectors sectors;

    SectorController(Sectors sectors) {
        this.sectors = sectors;
    }

    @GetMapping
    List<Sector> list() {
        return sectors.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Sector add(@RequestBody Sector sector) {
        return sectors.add(sector.key(), sector.title());
    }
}
