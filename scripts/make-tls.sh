#!/usr/bin/env bash
# Makes the twin's TLS material once: a local CA and one server certificate for the twin's two host names.
# Usage: scripts/make-tls.sh <state-dir> <domain>   (e.g. .state/tls cmep.test)
set -euo pipefail
dir=$1 domain=$2
mkdir -p "$dir"
cd "$dir"
nssdb=chromium-home/.pki/nssdb
if [ -s server.pem ] && [ -s server.key ] && [ -s ca.pem ] && [ -s "$nssdb/cert9.db" ] \
   && [ "$(cat domain 2>/dev/null)" = "$domain" ]; then exit 0; fi
rm -rf ca.* server.* chromium-home
openssl req -x509 -newkey rsa:2048 -nodes -days 825 -sha256 -keyout ca.key -out ca.pem \
  -subj "/CN=cmep-smoke twin local CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=$domain" 2>/dev/null
cat > server.ext <<EXT
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:$domain,DNS:api.$domain
EXT
# 397 days: the longest validity Chromium accepts for a server certificate.
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 397 -sha256 \
  -extfile server.ext -out server.pem 2>/dev/null
rm -f server.csr server.ext ca.srl
# Chromium trusts the CA through an NSS database in a HOME of its own (launchOptions.env.HOME), so neither the
# machine's trust store nor the user's browser profile ever learns about it, and names are still verified.
mkdir -p "$nssdb"
certutil -d "sql:$nssdb" -N --empty-password
certutil -d "sql:$nssdb" -A -t "C,," -n "cmep-smoke twin CA" -i ca.pem
echo "$domain" > domain
chmod 600 ca.key server.key
