package org.parallax.app.train;

import java.util.List;

/** Every learned model {@code parallax train} rebuilds, in the order it trains them. */
public final class ModelTrainings {

    private ModelTrainings() {
    }

    public static List<ModelTraining> all() {
        return List.of(new SubjectivityTraining(), new FactSelectionTraining());
    }
}
