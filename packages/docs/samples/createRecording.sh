curl -X POST "https://api.identitycall.ai/api/v1/public/recordings" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY" \
  -F "file=@call-recording.mp3;type=audio/mpeg" \
  -F "project_id=42" \
  -F "external_id=crm-call-abc-123" \
  -F "language=en"
