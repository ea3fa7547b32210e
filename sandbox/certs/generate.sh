#!/bin/sh
# Regenerates every certificate of the sandbox. The CA key is used once and thrown away, so the
# repository never holds a key that could issue more certificates trusted through ca.pem; rerun this
# script to add or change any certificate (it replaces them all, the CA included).
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The sandbox CA, 20 years.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca.key" -out ca.pem -days 7300 \
  -subj '/CN=scanner-login sandbox CA' \
  -addext 'basicConstraints=critical,CA:TRUE' -addext 'keyUsage=critical,keyCertSign,cRLSign'

# leaf NAME SUBJECT_ALT_NAMES: a 20-year server certificate issued by the CA.
leaf() {
  openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$work/$1.csr" -subj "/CN=$2"
  printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\n' "$3" > "$work/$1.ext"
  openssl x509 -req -in "$work/$1.csr" -CA ca.pem -CAkey "$work/ca.key" -CAcreateserial \
    -CAserial "$work/ca.srl" -days 7300 -extfile "$work/$1.ext" -out "$1.pem"
}
LOOPBACK='DNS:localhost,IP:127.0.0.1,IP:::1'
leaf server localhost "$LOOPBACK"
# Valid, from the CA, but for names that are not loopback: hostname mismatch. 192.0.2.10 (TEST-NET-1,
# never connected to: the fault matrix's proxy sends it to loopback) is a host whose url path Snyk
# keeps, as its CLI does for an IP address.
leaf wrong-host wrong-host.example 'DNS:wrong-host.example,IP:192.0.2.10'

# Self-signed, for loopback names, not issued by the sandbox CA.
openssl req -x509 -newkey rsa:2048 -nodes -keyout self-signed.key -out self-signed.pem -days 7300 \
  -subj '/CN=localhost' -addext "subjectAltName=$LOOPBACK"

# Issued by the CA for loopback names, valid for one day in 2020 only: expired.
# `openssl ca` is the one OpenSSL 3.0 command that takes explicit start and end dates.
openssl req -newkey rsa:2048 -nodes -keyout expired.key -out "$work/expired.csr" -subj '/CN=localhost'
touch "$work/index.txt"
cat > "$work/ca.cnf" <<CNF
[ca]
default_ca = sandbox
[sandbox]
database = $work/index.txt
new_certs_dir = $work
serial = $work/expired.srl
default_md = sha256
policy = any
copy_extensions = none
x509_extensions = server
[any]
commonName = supplied
[server]
subjectAltName = $LOOPBACK
extendedKeyUsage = serverAuth
CNF
echo 01 > "$work/expired.srl"
openssl ca -batch -config "$work/ca.cnf" -cert ca.pem -keyfile "$work/ca.key" -notext \
  -startdate 20200101000000Z -enddate 20200102000000Z -in "$work/expired.csr" -out expired.pem
