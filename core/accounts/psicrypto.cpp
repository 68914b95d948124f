// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/psicrypto.h"

#include <sodium.h>

#include <cstring>

namespace ps::accounts::psicrypto {
namespace {

/// Domain separation: these points are for nothing but this protocol's version 1.
const char HashTag[] = "partnerscope/account-mapping/v1/ristretto255/registrable-domain";

} // namespace

bool ready() {
    static const bool initialized = sodium_init() >= 0;
    return initialized;
}

void randomBytes(void *out, size_t size) {
    randombytes_buf(out, size);
}

void randomScalar(unsigned char scalar[ScalarBytes]) {
    do {
        crypto_core_ristretto255_scalar_random(scalar);
    } while (sodium_is_zero(scalar, ScalarBytes));
}

void wipe(void *data, size_t size) {
    sodium_memzero(data, size);
}

void hashToGroup(const QByteArray &domain, unsigned char point[PointBytes]) {
    crypto_hash_sha512_state state;
    crypto_hash_sha512_init(&state);
    crypto_hash_sha512_update(&state, reinterpret_cast<const unsigned char *>(HashTag),
                              sizeof HashTag); // the tag and its terminating zero byte
    crypto_hash_sha512_update(&state, reinterpret_cast<const unsigned char *>(domain.constData()),
                              size_t(domain.size()));
    unsigned char hash[crypto_hash_sha512_BYTES];
    crypto_hash_sha512_final(&state, hash);
    crypto_core_ristretto255_from_hash(point, hash);
}

bool isValidPoint(const unsigned char point[PointBytes]) {
    return crypto_core_ristretto255_is_valid_point(point) == 1 &&
           !sodium_is_zero(point, PointBytes);
}

bool multiply(unsigned char out[PointBytes], const unsigned char scalar[ScalarBytes],
              const unsigned char point[PointBytes]) {
    return crypto_scalarmult_ristretto255(out, scalar, point) == 0;
}

std::vector<quint32> randomPermutation(size_t n) {
    std::vector<quint32> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = quint32(i);
    if (n < 2)
        return order;
    unsigned char seed[randombytes_SEEDBYTES];
    randombytes_buf(seed, sizeof seed);
    std::vector<quint64> stream(n);
    randombytes_buf_deterministic(stream.data(), stream.size() * sizeof(quint64), seed);
    sodium_memzero(seed, sizeof seed);
    for (size_t i = n - 1; i > 0; --i) {
        // A 64-bit draw modulo i + 1: biased by less than (i + 1) / 2^64, below 2^-40 here.
        const size_t j = size_t(stream[i] % quint64(i + 1));
        std::swap(order[i], order[j]);
    }
    return order;
}

} // namespace ps::accounts::psicrypto
