// Personal API tokens (security/ApiTokens): a request with "Authorization: Bearer ..." finds its
// token by the SHA-256 hash of the secret, one indexed look-up; the id finds it to revoke it.
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE;
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE;
