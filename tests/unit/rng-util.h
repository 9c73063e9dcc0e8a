/* Reproducible pseudo-random numbers for the property tests: a 64-bit
 * xorshift, the same sequence on every machine and every run. */
#ifndef RNG_UTIL_H
#define RNG_UTIL_H

#include <stdint.h>

static uint64_t rng = 0x9E3779B97F4A7C15u;

static uint64_t rng_next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* A number below n (n > 0). */
static uint32_t rnd(uint32_t n)
{
	return (uint32_t)(rng_next() % n);
}

#endif
