package org.pathway.matching.config;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import org.pathway.matching.domain.Recommender;
import org.pathway.matching.domain.geo.PostcodeDistricts;

/** One recommender per application, over the postcode district table shipped with the service. */
public class RecommenderProducer {

    @Produces
    @Singleton
    Recommender recommender() {
        return new Recommender(PostcodeDistricts.load());
    }
}
