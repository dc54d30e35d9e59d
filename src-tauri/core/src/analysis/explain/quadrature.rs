//! Adaptive Gauss–Kronrod quadrature of a vector of integrands over [0, 1]: the
//! 7-point Gauss rule embedded in the 15-point Kronrod rule (the `qk15` pair of
//! QUADPACK: Piessens, de Doncker-Kapenga, Überhuber and Kahaner, Springer 1983),
//! refined by bisecting the panel with the largest error estimate (`qag`).
//!
//! Why this rule: the integrand of a leaf is a partial derivative of the formulas
//! along a straight line. For sums and products it is a polynomial in `t`, which
//! the 15-point rule integrates exactly up to degree 22, so one panel is exact for
//! products of up to 23 leaves; quotients are smooth rational functions, on which
//! the rule converges geometrically; a `min` or `max` switching sides is a jump
//! in the integrand, which bisection isolates in a panel whose width, and so whose
//! error, goes to zero.
//!
//! Invariants: the integrand is only evaluated strictly inside (0, 1) (Kronrod
//! nodes are interior), so the end points, where a tie or a zero may sit, are
//! never sampled; the error estimate of a panel is the sum over the integrands of
//! |Kronrod − Gauss|, a (pessimistic) bound for the error of every integrand and
//! of their sum.

/// The Kronrod abscissae on [-1, 1], the positive half, largest first; the odd
/// positions are the 7-point Gauss abscissae (the last, 0, included).
// The constants are written with QUADPACK's digits, to be compared with it digit
// by digit; f64 keeps the first 17.
#[allow(clippy::excessive_precision)]
const ABSCISSAE: [f64; 8] = [
    0.991_455_371_120_812_639_206_854_697_526_329,
    0.949_107_912_342_758_524_526_189_684_047_851,
    0.864_864_423_359_769_072_789_712_788_640_926,
    0.741_531_185_599_394_439_863_864_773_280_788,
    0.586_087_235_467_691_130_294_144_845_693_013,
    0.405_845_151_377_397_166_906_606_412_076_961,
    0.207_784_955_007_898_467_600_689_403_773_245,
    0.0,
];

/// The Kronrod weights of [`ABSCISSAE`].
#[allow(clippy::excessive_precision)]
const KRONROD: [f64; 8] = [
    0.022_935_322_010_529_224_963_732_008_058_970,
    0.063_092_092_629_978_553_290_700_663_189_204,
    0.104_790_010_322_250_183_839_876_322_541_518,
    0.140_653_259_715_525_918_745_189_590_510_238,
    0.169_004_726_639_267_902_826_583_426_598_550,
    0.190_350_578_064_785_409_913_256_402_421_014,
    0.204_432_940_075_298_892_414_161_999_234_649,
    0.209_482_141_084_727_828_012_999_174_891_714,
];

/// The Gauss weights of the odd positions of [`ABSCISSAE`] (1, 3, 5, 7).
#[allow(clippy::excessive_precision)]
const GAUSS: [f64; 4] = [
    0.129_484_966_168_869_693_270_611_432_679_082,
    0.279_705_391_489_276_667_901_467_771_423_780,
    0.381_830_050_505_118_944_950_369_775_488_975,
    0.417_959_183_673_469_387_755_102_040_816_327,
];

/// At most this many panels: a jump needs about 25 bisections to get within
/// 1e-7 of its size; more panels than this means a pole or worse on the path.
pub(super) const MAX_PANELS: usize = 300;

/// `f(t, out)` writes the value of every integrand at `t`.
pub(super) type Integrand<'f, E> = dyn FnMut(f64, &mut [f64]) -> Result<(), E> + 'f;

/// The integrals, and whether they met the tolerance.
#[derive(Debug)]
pub(super) struct Integral {
    pub(super) values: Vec<f64>,
    pub(super) converged: bool,
}

struct Panel {
    lo: f64,
    hi: f64,
    kronrod: Vec<f64>,
    error: f64,
}

/// How much finer than the residual allowed the error estimate is driven: the
/// residual only bounds the error of the sum, and each contribution should be as
/// good (1e-9 of the change, where SPEC 9 asks 1e-6 of the sum).
const FINER: f64 = 1e-3;

/// Integrates `dim` functions over [0, 1]; `f(t, out)` writes their values at `t`.
/// Stops when the summed error estimate is at most `FINER · tol` and the
/// integrals add up to `total` within `tol` (the completeness of SPEC 9), or after
/// [`MAX_PANELS`] panels, or when a panel cannot be split (rounding): then
/// `converged` says whether they add up within `tol`. An error of `f` stops at
/// once.
pub(super) fn integrate<E>(
    dim: usize,
    total: f64,
    tol: f64,
    f: &mut Integrand<E>,
) -> Result<Integral, E> {
    let mut panels = vec![panel(0.0, 1.0, dim, f)?];
    loop {
        let values = sum(&panels, dim);
        let residual = total - values.iter().sum::<f64>();
        let error: f64 = panels.iter().map(|p| p.error).sum();
        let worst = panels
            .iter()
            .enumerate()
            .max_by(|(_, a), (_, b)| a.error.total_cmp(&b.error))
            .map(|(i, _)| i);
        let converged = error <= FINER * tol && residual.abs() <= tol;
        let (Some(worst), false) = (worst, converged) else {
            return Ok(Integral { values, converged });
        };
        let Panel { lo, hi, .. } = panels[worst];
        let mid = 0.5 * (lo + hi);
        // No room left to split (or no panels left): as good as it gets.
        if panels.len() >= MAX_PANELS || !(lo < mid && mid < hi) {
            return Ok(Integral {
                values,
                converged: residual.abs() <= tol,
            });
        }
        panels.swap_remove(worst);
        panels.push(panel(lo, mid, dim, f)?);
        panels.push(panel(mid, hi, dim, f)?);
    }
}

/// The integrals over every panel, added in order of position (deterministic
/// whatever the order of refinement).
fn sum(panels: &[Panel], dim: usize) -> Vec<f64> {
    let mut ordered: Vec<&Panel> = panels.iter().collect();
    ordered.sort_by(|a, b| a.lo.total_cmp(&b.lo));
    let mut values = vec![0.0; dim];
    for p in ordered {
        values.iter_mut().zip(&p.kronrod).for_each(|(v, k)| *v += k);
    }
    values
}

/// The 15-point Kronrod and 7-point Gauss rules on [lo, hi].
fn panel<E>(lo: f64, hi: f64, dim: usize, f: &mut Integrand<E>) -> Result<Panel, E> {
    let half = 0.5 * (hi - lo);
    let centre = 0.5 * (lo + hi);
    let mut kronrod = vec![0.0; dim];
    let mut gauss = vec![0.0; dim];
    let mut at = vec![0.0; dim];
    for (i, x) in ABSCISSAE.iter().enumerate() {
        let points = if *x == 0.0 {
            vec![centre]
        } else {
            vec![centre - half * x, centre + half * x]
        };
        for t in points {
            f(t, &mut at)?;
            for j in 0..dim {
                kronrod[j] += KRONROD[i] * at[j];
                if i % 2 == 1 {
                    gauss[j] += GAUSS[i / 2] * at[j];
                }
            }
        }
    }
    let mut error = 0.0;
    for j in 0..dim {
        kronrod[j] *= half;
        gauss[j] *= half;
        error += (kronrod[j] - gauss[j]).abs();
    }
    Ok(Panel {
        lo,
        hi,
        kronrod,
        error,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(f: impl Fn(f64) -> f64, total: f64) -> Integral {
        let mut g = |t: f64, out: &mut [f64]| -> Result<(), ()> {
            out[0] = f(t);
            Ok(())
        };
        integrate(1, total, 1e-12, &mut g).unwrap()
    }

    #[test]
    fn the_rules_are_exact_for_polynomials_of_their_degree() {
        // ∫₀¹ tᵏ dt = 1 / (k + 1); Kronrod is exact to degree 22, Gauss to 13.
        for k in 0..=22 {
            let mut f = |t: f64, out: &mut [f64]| -> Result<(), ()> {
                out[0] = t.powi(k);
                Ok(())
            };
            let p = panel(0.0, 1.0, 1, &mut f).unwrap();
            let exact = 1.0 / f64::from(k + 1);
            assert!((p.kronrod[0] - exact).abs() < 1e-15, "Kronrod, degree {k}");
            if k <= 13 {
                assert!(p.error < 1e-15, "Gauss, degree {k}: {}", p.error);
            } else {
                assert!(p.error > 1e-12, "Gauss is not exact at degree {k}");
            }
        }
    }

    #[test]
    fn a_jump_is_isolated_by_bisection() {
        let found = of(|t| if t < 0.3 { 0.0 } else { 10.0 }, 7.0);
        assert!(found.converged);
        assert!((found.values[0] - 7.0).abs() < 1e-10);
    }

    #[test]
    fn a_pole_does_not_converge() {
        let found = of(|t| 1.0 / (t - 1.0 / 3.0).powi(2), 0.0);
        assert!(!found.converged);
        assert!(found.values[0].is_finite());
    }
}
