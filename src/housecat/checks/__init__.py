"""Run journeys once, in parallel, without a server or a store: `housecat check` in CI."""
