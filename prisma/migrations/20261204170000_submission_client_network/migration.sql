-- CreateIndex
CREATE INDEX "Submission_createdAt_idx" ON "Submission"("createdAt");

-- The network a client address belongs to (as lib/auth/client-address.ts stores it: an IPv4
-- address, or an IPv6 address's /64), as the submission limits count senders
-- (lib/submissions/limit-checks.ts): an IPv4 address by its /24, an IPv6 /64 by its /48.
CREATE FUNCTION "client_network"(address text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN position(':' IN address) = 0 THEN regexp_replace(address, '\.[0-9]+$', '.0/24')
    ELSE split_part(address, ':', 1) || ':' || split_part(address, ':', 2) || ':' || split_part(address, ':', 3) || '::/48'
  END
$$;
