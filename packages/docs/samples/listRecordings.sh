curl "https://api.identitycall.ai/api/v1/public/recordings?page=1&per_page=20&status=completed" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY"
