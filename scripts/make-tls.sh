#!/usr/bin/env bash
# Makes the twin's TLS material once: a local CA and one server certificate for the twin's two host names.
# Usage: scripts/make-tls.sh <state-dir> <domain>   (e.g. .state/tls cmep.test)
set -euo pipefail
dir=$1 domain=$2
mkdir -p "$dir"
cd "$dir"
nssdb=chromium-home/.pki/nssdb
if [ -s server.pem ] && [ -s server.key ] && [ -s ca.pem ] && [ -s wrong-name.pem ] && [ -s "$nssdb/cert9.db" ] \
   && [ "$(cat domain 2>/dev/null)" = "$domain" ]; then exit 0; fi
rm -rf ca.* server.* wrong-name.* chromium-home
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
# The twin's tls-wrong-name fault: the same key, certified by the same CA for a name the harness never asks for.
openssl req -new -key server.key -out wrong-name.csr -subj "/CN=wrong-name.invalid" 2>/dev/null
printf 'basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:wrong-name.invalid\n' > wrong-name.ext
openssl x509 -req -in wrong-name.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 397 -sha256 \
  -extfile wrong-name.ext -out wrong-name.pem 2>/dev/null
rm -f server.csr server.ext wrong-name.csr wrong-name.ext ca.srl
# Chromium trusts the CA through an NSS database in a HOME of its own (launchOptions.env.HOME), so neither the
# machine's trust store nor the user's browser profile ever learns about it, and names are still verified.
mkdir -p "$nssdb"
certutil -d "sql:$nssdb" -N --empty-password
certutil -d "sql:$nssdb" -A -t "C,," -n "cmep-smoke twin CA" -i ca.pem
echo "$domain" > domain
chmod 600 ca.key server.key
