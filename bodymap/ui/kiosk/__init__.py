"""The waiting-room kiosk: a locked full-screen patient view with a PIN pad and idle reset."""
