//! Any lines through the programme-rules simulator.
#![no_main]
use libfuzzer_sys::fuzz_target;
use steady_rules::simulate::Simulator;
use steady_rules::Programme;

fuzz_target!(|data: &[u8]| {
    let programme = Programme::from_weeks((1..=4).map(|i| (1 + i / 3, chrono::Duration::hours(24))));
    let mut sim = Simulator::new(programme);
    for line in String::from_utf8_lossy(data).lines() {
        let _ = sim.step(line);
    }
});
