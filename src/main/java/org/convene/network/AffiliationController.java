package org.convene.network;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/affiliations")
class AffiliationController {

    private final Affiliations affiliations;

    AffiliationController(Affiliations affiliations) {
        this.affiliations = affiliations;
    }

    @GetMapping("/{id}")
    AffiliationView get(@PathVariable String id) {
        return affiliations.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AffiliationView create(@Valid @RequestBody AffiliationRequest request) {
        return affiliations.create(request);
    }

    @PutMapping("/{id}")
    AffiliationView update(@PathVariable String id, @Valid @RequestBody AffiliationRequest request) {
        return affiliations.update(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        affiliations.delete(id);
    }
}
