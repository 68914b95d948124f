// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstddef>
#include <vector>

/// The group operations of the private exchange, on libsodium's ristretto255 (internal to
/// core/accounts). Every function is thread-safe.
namespace ps::accounts::psicrypto {

constexpr int ScalarBytes = 32;
constexpr int PointBytes = 32;

/// Initializes libsodium once; false when it cannot (no random source).
bool ready();

/// `size` bytes from the system's cryptographic random source.
void randomBytes(void *out, size_t size);

/// A uniformly random non-zero scalar.
void randomScalar(unsigned char scalar[ScalarBytes]);

/// Overwrites `size` bytes in a way the compiler does not remove.
void wipe(void *data, size_t size);

/// H(domain): SHA-512 of a domain-separation tag, a zero byte and the domain, mapped to the
/// group with crypto_core_ristretto255_from_hash.
void hashToGroup(const QByteArray &domain, unsigned char point[PointBytes]);

/// True when `point` is a canonical ristretto255 encoding of an element other than the
/// identity (crypto_core_ristretto255_is_valid_point).
bool isValidPoint(const unsigned char point[PointBytes]);

/// out = scalar * point; false when the point is not valid or the product is the identity.
bool multiply(unsigned char out[PointBytes], const unsigned char scalar[ScalarBytes],
              const unsigned char point[PointBytes]);

/// A uniformly random permutation of 0..n-1 (Fisher-Yates on a ChaCha20 stream seeded from
/// the system's random source).
std::vector<quint32> randomPermutation(size_t n);

} // namespace ps::accounts::psicrypto
