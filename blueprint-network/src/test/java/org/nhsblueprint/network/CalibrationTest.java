package org.nhsblueprint.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nhsblueprint.model.TravelMode;
import org.nhsblueprint.travel.EstimateParameters;
import org.nhsblueprint.travel.ModeSpeed;

/** Fitting the estimator to road-network times: the arithmetic on worlds worked out by hand, then real Camden. */
class CalibrationTest {
    static final NetworkStamp STAMP = new NetworkStamp("test.osm.pbf", 1, "0123456789abcdef", "1", 0);
    static final ModeSpeed LONDON_CAR = EstimateParameters.londonDefaults().mode(TravelMode.CAR);
    /** Straight-line distances; the roads in the perfect world are 1.3 times as long, driven at 30 km/h. */
    static final double[] STRAIGHT = {500, 1200, 3000, 7000};

    private static CalibrationReport camden;

    /** Calibration on Camden's 2021 small areas and GP practices, computed once and shared with the file tests. */
    static synchronized CalibrationReport camden() {
        if (camden == null) {
            camden = Calibration.run(CamdenNetwork.get(), CamdenPoints.areas(), CamdenPoints.practices(),
                    EstimateParameters.londonDefaults());
        }
        return camden;
    }

    static CalibrationPairs perfectWorld() {
        double[] road = new double[STRAIGHT.length];
        double[] minutes = new double[STRAIGHT.length];
        for (int i = 0; i < STRAIGHT.length; i++) {
            road[i] = 1.3 * STRAIGHT[i];
            minutes[i] = road[i] / 500; // 30 km/h is 500 m a minute
        }
        return new CalibrationPairs(STRAIGHT, road, minutes);
    }

    @Test
    void roadsThirtyPercentLongerThanTheStraightLineDrivenAtThirtyKilometresAnHourAreFittedExactly() {
        CalibrationPairs.Fit fit = perfectWorld().fit();
        assertEquals(1.3, fit.circuity(), 1e-12);
        assertEquals(30, fit.speedKmh(), 1e-9);
    }

    @Test
    void circuityIsTheSlopeThroughTheOriginAndSpeedIsTotalDistanceOverTotalTime() {
        // circuity (1000 x 1500 + 2000 x 2400) / (1000^2 + 2000^2) = 6.3e6 / 5e6; speed 3.9 km in 9 minutes
        CalibrationPairs.Fit fit = new CalibrationPairs(new double[] {1000, 2000}, new double[] {1500, 2400},
                new double[] {3, 6}).fit();
        assertEquals(1.26, fit.circuity(), 1e-12);
        assertEquals(26, fit.speedKmh(), 1e-9);
    }

    @Test
    void errorsAreTheLowerMedianAndNinetiethPercentileOfAbsoluteErrorsAndTheMeanSignedError() {
        double[] network = new double[10];
        double[] estimate = {-1, 2, -3, 4, 5, 6, 7, 8, 9, 10};
        CalibrationError e = CalibrationError.of(estimate, network);
        assertEquals(new CalibrationError(5, 9, 4.7), e);
    }

    @Test
    void calibratingThePerfectWorldRemovesTheErrorAndKeepsTheFixedMinutes() {
        ModeSpeed current = new ModeSpeed(24, 1.25, 2, "current");
        CalibrationMode m = Calibration.calibrate(NetworkMode.CAR, perfectWorld(), current, STAMP);
        assertEquals(new ModeSpeed(30, 1.3, 2, m.fitted().source()), m.fitted());
        assertEquals(4, m.pairs());
        // the fixed 2 minutes are the whole error of the fitted parameters
        assertEquals(new CalibrationError(2, 2, 2), m.fittedError());
        assertTrue(m.fitted().source().startsWith("fitted against road-network times (car profile) on test.osm.pbf"
                + " (SHA-256 0123456789ab), 4 area-site pairs within 60 min"), m.fitted().source());
    }

    @Test
    void theLondonCarEstimateIsSlowerThanThePerfectWorldByAKnownAmount() {
        // estimate - network = metres x (1.25 / 400 - 1.3 / 500) = metres x 0.000525 minutes
        CalibrationMode m = Calibration.calibrate(NetworkMode.CAR, perfectWorld(), LONDON_CAR, STAMP);
        assertEquals(new CalibrationError(0.63, 3.675, 1.536), m.currentError());
        assertEquals(new CalibrationError(0, 0, 0), m.fittedError());
        assertEquals(LONDON_CAR, m.current());
    }

    @Test
    void pointsOutsideTheNetworkGiveTooFewPairsToCalibrateOn() {
        NetworkException e = assertThrows(NetworkException.class, () -> Calibration.run(CamdenNetwork.get(),
                List.of(CamdenPoints.CROYDON), CamdenPoints.practices(), EstimateParameters.londonDefaults()));
        assertTrue(e.getMessage().contains("joins only 0 pairs"), e.getMessage());
    }

    @Test
    void camdenIsCalibratedOnEveryRoadModeWithPairsCounted() {
        CalibrationReport r = camden();
        assertEquals(List.of(NetworkMode.FOOT, NetworkMode.CAR, NetworkMode.AMBULANCE),
                r.modes().stream().map(CalibrationMode::mode).toList());
        assertEquals(CamdenPoints.areas().size(), r.origins());
        assertEquals(CamdenPoints.practices().size(), r.destinations());
        for (CalibrationMode m : r.modes()) {
            assertTrue(m.pairs() > 1_000 && m.pairs() <= r.origins() * r.destinations(), m.toString());
            assertTrue(m.fitted().source().contains("camden.osm.pbf"), m.fitted().source());
        }
        assertTrue(r.summary().startsWith("fitted on camden.osm.pbf, "), r.summary());
    }

    @Test
    void camdenCarRoutesAreBetweenOneAndATenthAndTwiceTheStraightLine() {
        double circuity = mode(NetworkMode.CAR).fitted().circuity();
        assertTrue(circuity > 1.1 && circuity < 2.0, "car circuity " + circuity);
    }

    @Test
    void theFittedDrivingParametersAreNoWorseThanTheCurrentOnesOnCamden() {
        for (NetworkMode road : List.of(NetworkMode.CAR, NetworkMode.AMBULANCE)) {
            CalibrationMode m = mode(road);
            assertTrue(m.fittedError().medianAbsMinutes() <= m.currentError().medianAbsMinutes(), m.toString());
            assertTrue(m.fittedError().p90AbsMinutes() <= m.currentError().p90AbsMinutes(), m.toString());
            assertTrue(Math.abs(m.fittedError().biasMinutes()) <= Math.abs(m.currentError().biasMinutes()),
                    m.toString());
        }
    }

    @Test
    void walkingNeedsNoCalibrationInCamdenSoTheFitStaysCloseToTheCurrentParameters() {
        // the foot profile walks at the estimator's own 4.8 km/h and Camden's walking circuity is about Newell's 1.2,
        // so there is nothing to gain; the least-squares slope leans towards the long, straighter walks and lands a
        // little lower, trading a few seconds of median error for a lower P90
        CalibrationMode walk = mode(NetworkMode.FOOT);
        assertEquals(1.2, walk.fitted().circuity(), 0.05);
        assertEquals(walk.currentError().medianAbsMinutes(), walk.fittedError().medianAbsMinutes(), 0.1);
        assertTrue(walk.fittedError().p90AbsMinutes() <= walk.currentError().p90AbsMinutes(), walk.toString());
    }

    @Test
    void theFittedWalkingSpeedIsTheFootProfilesFourPointEightKilometresAnHour() {
        // the foot profile caps every way at 4.8 km/h; slower ways (steps) can only pull the average down a little
        double speed = mode(NetworkMode.FOOT).fitted().speedKmh();
        assertTrue(speed > 4.5 && speed <= 4.8, "walking speed " + speed);
    }

    @Test
    void theFittedAmbulanceIsAboutOneAndAHalfTimesAsFastAsTheCar() {
        // blue-light time is 67% of car time on the same roads: speeds 1 / 0.67 = 1.49 times the car's, capped
        double ratio = mode(NetworkMode.AMBULANCE).fitted().speedKmh() / mode(NetworkMode.CAR).fitted().speedKmh();
        assertTrue(ratio > 1.35 && ratio < 1.55, "ambulance / car speed " + ratio);
    }

    @Test
    void theSameNetworkAndPointsGiveTheSameReport() {
        CalibrationReport again = Calibration.run(CamdenNetwork.get(), CamdenPoints.areas(), CamdenPoints.practices(),
                EstimateParameters.londonDefaults());
        assertEquals(camden(), again);
    }

    @Test
    void theTableHasACurrentAndAFittedRowPerModeUnderTheSummary() {
        CalibrationReport r = CalibrationFileTest.handWorked();
        List<String> lines = r.lines();
        assertEquals("Estimator calibrated against road-network times: fitted on test.osm.pbf, 4 pairs (car 4) of 2"
                + " areas and 2 sites within 60 min by road; the parameters hold for this network's area.", lines.get(0));
        assertEquals("car              4  current       24.00     1.250       0.0          0.63       3.68     +1.54",
                lines.get(3));
        assertEquals("                    fitted        30.00     1.300       0.0          0.00       0.00     +0.00",
                lines.get(4));
    }

    private static CalibrationMode mode(NetworkMode mode) {
        return camden().modes().stream().filter(m -> m.mode() == mode).findFirst().orElseThrow();
    }
}
