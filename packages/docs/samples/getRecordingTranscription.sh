curl "https://api.identitycall.ai/api/v1/public/recordings/018f3a2b-7c4d-7e5f-9a6b-1c2d3e4f5a6b/transcription" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY"
